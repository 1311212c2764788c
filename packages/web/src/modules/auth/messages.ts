/**
 * Texts of the signed-in user's own account (changing their password), and of the new-password fields the
 * administrator's reset uses too, registered under `account.`. `en` is typed by `zh`, and a test checks that
 * both have the same keys and variables.
 */
export const zh = {
  changePassword: '修改密码',
  intro: '修改后，您在其他设备和浏览器上的登录将全部退出，当前页面保持登录。',
  currentPassword: '当前密码',
  newPassword: '新密码',
  confirmPassword: '再次输入新密码',
  newPasswordHelp: '{{min}}–{{max}} 个字符；不易猜到的长句更安全',
  changed: '密码已修改，其他设备和浏览器上的登录已退出',
  problems: {
    required: '此项为必填项',
    tooShort: '密码至少 {{min}} 个字符',
    tooLong: '密码至多 {{max}} 个字符',
    sameAsCurrent: '新密码不能与当前密码相同',
    mismatch: '两次输入的新密码不一致',
  },
};

export const en: typeof zh = {
  changePassword: 'Change password',
  intro: 'Once changed, you are signed out on your other devices and browsers; this page stays signed in.',
  currentPassword: 'Current password',
  newPassword: 'New password',
  confirmPassword: 'New password again',
  newPasswordHelp: '{{min}}–{{max}} characters; a long phrase that is hard to guess is safest',
  changed: 'Password changed: you are signed out on your other devices and browsers',
  problems: {
    required: 'This field is required',
    tooShort: 'At least {{min}} characters',
    tooLong: 'At most {{max}} characters',
    sameAsCurrent: 'The new password must differ from the current one',
    mismatch: 'The two new passwords differ',
  },
};
