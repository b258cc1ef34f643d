export { pagination, listAnswer, pageWindow } from './list-answer';
