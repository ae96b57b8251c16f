import type { APIRoute } from 'astro';
import { getCases, getQuestions } from '../data';
import { questionPath, withBase } from '../lib/paths';
import { sitemapXml } from '../lib/sitemap';

/** Every page a reader can land on; tests crawl this list too. */
export const STATIC_PAGES = [
  '/',
  '/cheat-sheet/',
  '/patterns/',
  '/example/hr-itsm/',
  '/checklist/',
  '/flow/',
  '/further-reading/',
  '/glossary/',
  '/study/',
  '/search/',
  '/cases/',
];

export const GET: APIRoute = async ({ site }) => {
  const questions = await getQuestions();
  const cases = await getCases();
  const paths = [...STATIC_PAGES, ...questions.map((q) => questionPath(q.id)), ...cases.map((c) => `/cases/${c.id}/`)];
  // A sitemap lists absolute URLs only: a build without SITE_URL writes an empty one (and links it nowhere).
  const urls = site ? paths.map((path) => new URL(withBase(import.meta.env.BASE_URL, path), site).href) : [];
  return new Response(sitemapXml(urls), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
