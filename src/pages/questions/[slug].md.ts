import type { APIRoute, GetStaticPaths } from 'astro';
import { getQuestions } from '../../data';
import { markdownResponse, questionMd } from '../../markdown';

export const getStaticPaths = (async () =>
  (await getQuestions()).map((question) => ({
    params: { slug: question.id },
    props: { question },
  }))) satisfies GetStaticPaths;

/** /questions/NN-slug.md: the question page as Markdown. */
export const GET: APIRoute = async ({ props, site }) => markdownResponse(await questionMd(props['question'], site));
