import { createRequire } from 'node:module';

/**
 * The fonts embedded in generated PDFs: Noto Sans (Latin, Greek with polytonic, Cyrillic),
 * as TrueType files shipped in the npm package @expo-google-fonts/noto-sans (package code MIT;
 * fonts SIL Open Font License 1.1, © The Noto Project Authors — the OFL allows embedding and
 * redistribution; see node_modules/@expo-google-fonts/noto-sans/LICENSE_FONT). Resolved from
 * node_modules at start: nothing is downloaded, ever.
 */
const require = createRequire(import.meta.url);
const file = (style: string) => require.resolve(`@expo-google-fonts/noto-sans/${style}/NotoSans_${style}.ttf`);

export const PDF_FONTS = {
  regular: file('400Regular'),
  bold: file('700Bold'),
  italic: file('400Regular_Italic'),
} as const;
