/** What a table's pager needs, kept in one place so every admin table pages the same way. */
export interface Paging {
  page: number;
  pageSize: number;
}

export const firstPage: Paging = { page: 1, pageSize: 20 };
export const pageSizes = [10, 20, 50, 100];
