export * from './week';
export * from './weekly';
export * from './send';
