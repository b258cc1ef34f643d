export * from './week';
export * from './weekly';
