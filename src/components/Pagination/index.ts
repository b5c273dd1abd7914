export { Pagination, type PaginationProps, type PaginationSlot } from './Pagination.js';
