import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * Be Vietnam Pro (OFL) as full TTF files, for everything drawn at build time:
 * lesson PDFs and social cards. (Split woff2 web
 * fonts render blank in PDFs, DESIGN §7.)
 */
export const brandFontFiles = {
  regular: require.resolve('@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf'),
  italic: require.resolve('@expo-google-fonts/be-vietnam-pro/400Regular_Italic/BeVietnamPro_400Regular_Italic.ttf'),
  boldItalic: require.resolve('@expo-google-fonts/be-vietnam-pro/700Bold_Italic/BeVietnamPro_700Bold_Italic.ttf'),
};
