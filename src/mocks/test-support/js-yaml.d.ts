// js-yaml ships without types; the contract-coverage test only needs `load`.
declare module 'js-yaml' {
  export function load(text: string): unknown
}
