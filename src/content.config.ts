import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import en from './content/i18n/en.json';

// Our components' strings are keys of the English file; Korean must translate every one of them.
const uiStrings = z.object(Object.fromEntries(Object.keys(en).map((key) => [key, z.string()]))) as z.ZodObject<
	Record<keyof typeof en, z.ZodString>
>;

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: uiStrings }) }),
};
