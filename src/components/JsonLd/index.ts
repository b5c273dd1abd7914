export { JsonLd, type JsonLdProps } from './JsonLd.js';
