import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { vi } from './locales/vi';
import { en } from './locales/en';

export type Lang = 'vi' | 'en';
export const LANG_STORAGE_KEY = 'vioc.lang';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof vi };
  }
}

function storedLang(): Lang {
  try {
    return localStorage.getItem(LANG_STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

function applyDocumentLang(lang: Lang): void {
  document.documentElement.lang = lang;
  dayjs.locale(lang === 'vi' ? 'vi' : 'en');
}

const initial = storedLang();
void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: initial,
  fallbackLng: 'vi',
  interpolation: { escapeValue: false }, // React escapes already
  initAsync: false,
});
applyDocumentLang(initial);

export function currentLang(): Lang {
  return i18n.language === 'en' ? 'en' : 'vi';
}

/** Switches the UI language, remembers it, and (through api.ts) sends it as Accept-Language. */
export async function setLang(lang: Lang): Promise<void> {
  try {
    localStorage.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // private mode: the choice lasts for this page only
  }
  applyDocumentLang(lang);
  await i18n.changeLanguage(lang);
}

export default i18n;
