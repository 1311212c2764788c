import type { DeliveryInferenceView as View } from '@gigpact/contracts';
import { Alert, Col, Row, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { histogramOption, scatterOption } from '../charts/options';
import { formatValue } from '../format';
import { ByMonthTable } from './ByMonthTable';
import { FitPeriod } from './FitPeriod';
import { HourEffectChart } from './HourEffectChart';
import {
  deliveryContent,
  fitPeriodText,
  intervalText,
  payIndependentOfDistance,
  payPeriodText,
  withInterval,
  type StrictnessVerdict,
} from './inference-content';
import { TitledChart } from './TitledChart';

const n2 = (v: number | null) => (v === null ? '—' : v.toFixed(2));
/** A term added to a sum, with its sign: `+ 0.07`, `− 0.04` (never `+ -0.04`). */
const signedTerm = (v: number | null) =>
  v === null ? '+ —' : Number(v.toFixed(2)) < 0 ? `− ${(-v).toFixed(2)}` : `+ ${Math.abs(v).toFixed(2)}`;

const verdictAlert = {
  strict: { type: 'error', text: 'governance.inference.strict' },
  notStrict: { type: 'success', text: 'governance.inference.notStrict' },
  undecided: { type: 'info', text: 'governance.inference.undecided' },
} as const satisfies Record<NonNullable<StrictnessVerdict>, { type: string; text: string }>;

/**
 * The delivery-time function now in force (over the months since its latest change, which the page names):
 * scatter with the fitted and 15 km/h lines, speeds, the hour and weather effects, pay, and by month, each fitted
 * slope with its 95 % interval. Only what the orders in scope can fill is shown: without orders with a distance
 * and a promise, no time function and no verdict; without an index, no verdict either way; without weather data,
 * a notice instead of a weather effect.
 */
export function DeliveryInferenceView({ view }: { view: View }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const scatter = useMemo(
    () =>
      scatterOption(view.scatter, view.timeFit, {
        orders: t('governance.inference.orders', { orders: view.orders }),
        fitted: t('governance.inference.fitted'),
        floor: t('governance.inference.floor'),
      }),
    [view, language],
  );
  const speeds = useMemo(
    () => histogramOption(view.speedHistogram, { at: 15, label: '15 km/h' }, (f) => String(f)),
    [view],
  );
  const pay = useMemo(
    () =>
      histogramOption(
        view.hourlyPay.histogram,
        {
          at: view.hourlyPay.minHourly,
          label: t('governance.inference.minimum', { value: view.hourlyPay.minHourly }),
        },
        (f) => String(f),
      ),
    [view, language],
  );
  const content = deliveryContent(view);
  const verdict = content.verdict ? verdictAlert[content.verdict] : null;
  const index = view.strictness.index === null ? '—' : view.strictness.index.toFixed(2);
  const speedInterval = intervalText(view.timeFit.ridingKmhInterval);
  const payInterval = intervalText(view.payFit.perKmInterval);
  // Hourly pay per rider-day, where any day has pay: beside the time function, or alone without one.
  const payColumn = content.pay && (
    <Col xs={24} lg={12}>
      <TitledChart title={t('governance.inference.payTitle')} option={pay} height={240} testId="pay-chart">
        <Typography.Text type="secondary">
          {t('governance.inference.medianHourly', {
            value: n2(view.hourlyPay.median),
            share: formatValue(view.hourlyPay.shareBelow, 'share'),
          })}
        </Typography.Text>
      </TitledChart>
    </Col>
  );
  if (!content.timeFunction)
    return (
      <Row gutter={[16, 16]} data-testid="delivery-inference">
        <Col span={24}>
          <Alert
            type="warning"
            showIcon
            data-testid="no-time-function"
            title={t('governance.inference.noOrdersForTime')}
          />
        </Col>
        {payColumn}
      </Row>
    );
  return (
    <Row gutter={[16, 16]} data-testid="delivery-inference">
      <Col span={24}>
        <Typography.Paragraph style={{ marginBottom: 4 }} data-testid="time-fit">
          <Typography.Text strong>
            {t('governance.inference.fit', {
              intercept: n2(view.timeFit.intercept),
              slope: n2(view.timeFit.slope),
            })}
          </Typography.Text>
          {' · '}
          {t('governance.inference.speed', { kmh: n2(view.timeFit.ridingKmh) })}
          {speedInterval && t('governance.inference.speedInterval', { interval: speedInterval })}
          {' · '}
          {t('governance.inference.orders', { orders: view.orders })}
        </Typography.Paragraph>
        <FitPeriod
          text={fitPeriodText(t, view.timeFitPeriod)}
          changed={view.timeFitPeriod.change !== null}
          rule={t('governance.inference.changeRule')}
          testId="fit-period"
        />
        {verdict && (
          <Alert type={verdict.type} showIcon data-testid="strictness" title={t(verdict.text, { index })} />
        )}
      </Col>
      <Col xs={24} lg={14}>
        <TitledChart
          title={t('governance.inference.scatterTitle')}
          option={scatter}
          height={300}
          testId="scatter-chart"
        />
      </Col>
      <Col xs={24} lg={10}>
        <ByMonthTable
          months={view.byMonth}
          columns={[
            { title: t('governance.inference.intercept'), render: (_, m) => n2(m.intercept) },
            {
              title: t('governance.inference.slope'),
              render: (_, m) => withInterval(m.slope, m.slopeInterval),
            },
            {
              title: t('governance.inference.kmh'),
              render: (_, m) => withInterval(m.ridingKmh, m.ridingKmhInterval),
            },
          ]}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }} data-testid="interval-note">
          {t('governance.inference.intervalNote')}
        </Typography.Paragraph>
        {view.weatherData ? (
          <Typography.Paragraph data-testid="weather-effect">
            {t('governance.inference.weatherEffect', {
              items: view.weatherEffect
                .map((w) =>
                  t('governance.inference.weatherItem', {
                    level: t(`governance.inference.alertLevels.${w.level}`, {
                      defaultValue: t('governance.inference.alertLevel', { level: w.level }),
                    }),
                    minutes: n2(w.minutes),
                  }),
                )
                .join(' · '),
            })}
          </Typography.Paragraph>
        ) : (
          <Alert type="info" showIcon data-testid="no-weather" title={t('governance.inference.noWeather')} />
        )}
      </Col>
      <Col xs={24} lg={12}>
        <TitledChart
          title={t('governance.inference.speedTitle')}
          option={speeds}
          height={240}
          testId="speed-chart"
        />
      </Col>
      {payColumn}
      <Col xs={24} lg={12}>
        <HourEffectChart hours={view.hourEffect} />
      </Col>
      <Col xs={24} lg={12}>
        <Typography.Paragraph data-testid="pay-fit">
          {t('governance.inference.pay', {
            intercept: n2(view.payFit.intercept),
            perKm: signedTerm(view.payFit.perKm),
          })}
          {payInterval && t('governance.inference.payInterval', { interval: payInterval })}
          {payIndependentOfDistance(view.payFit) && (
            <>
              <br />
              <Typography.Text type="secondary" data-testid="pay-flat">
                {t('governance.inference.payFlat')}
              </Typography.Text>
            </>
          )}
        </Typography.Paragraph>
        <FitPeriod
          text={payPeriodText(t, view.payFitPeriod)}
          changed={view.payFitPeriod.change !== null}
          rule={t('governance.inference.payChangeRule')}
          testId="pay-period"
        />
        <ByMonthTable
          title={t('governance.inference.payByMonth')}
          testId="pay-by-month"
          months={view.payByMonth}
          columns={[
            { title: t('governance.inference.payIntercept'), render: (_, m) => n2(m.intercept) },
            {
              title: t('governance.inference.perKm'),
              render: (_, m) => withInterval(m.perKm, m.perKmInterval),
            },
          ]}
        />
      </Col>
    </Row>
  );
}
