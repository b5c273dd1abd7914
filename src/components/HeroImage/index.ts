export { HeroImage, type HeroImageProps, type HeroImageSlot } from './HeroImage.js';
