export { lightColors, darkColors, defaultTheme } from './tokens.js';
export type { Theme, ThemeColors, ThemeFonts, ColorScheme } from './tokens.js';
export { contrastRatio } from './contrast.js';
export { themeToCssVariables } from './css-vars.js';
