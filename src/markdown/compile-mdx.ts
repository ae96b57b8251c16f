import { satteri, type SatteriProcessorOptions } from '@astrojs/markdown-satteri';

/** An element of the rendered tree: what the compiled MDX hands the JSX runtime. */
export interface JsxNode {
  type: unknown;
  props: Record<string, unknown> & { children?: unknown };
}

/** A JSX runtime that builds plain objects instead of HTML, so a test reads what each component receives. */
const runtime = {
  jsx: (type: unknown, props: JsxNode['props']): JsxNode => ({ type, props }),
  jsxs: (type: unknown, props: JsxNode['props']): JsxNode => ({ type, props }),
  Fragment: 'Fragment',
};

/**
 * For the plugins' tests: compiles MDX through Astro's own Sätteri MDX pipeline (the build's, with its heading-ids
 * and metadata passes around the given plugins) and runs the module with plain-object JSX, so a test sees the tree
 * a page would render with `props` and the headings `render()` would report. Node only (native compiler).
 */
export async function compileMdx(
  source: string,
  hastPlugins: NonNullable<SatteriProcessorOptions['hastPlugins']>,
  props = {},
) {
  const renderer = await satteri({ hastPlugins }).createMdxRenderer?.({ syntaxHighlight: false }, { optimize: false });
  if (!renderer) throw new Error('@astrojs/markdown-satteri has no MDX renderer');
  const { code } = await renderer.process(source, '/content/questions/test.mdx', {});
  const body = code
    .replace(
      /^import \{(.*)\} from "astro\/jsx-runtime";$/m,
      (_, names: string) => `const {${names.replaceAll(' as ', ': ')}} = runtime;`,
    )
    .replace(/^export /gm, '');
  const module = new Function('runtime', `${body}\nreturn { MDXContent, getHeadings };`)(runtime) as {
    MDXContent: (props: object) => JsxNode;
    getHeadings: () => { depth: number; slug: string; text: string }[];
  };
  return { tree: module.MDXContent(props), headings: module.getHeadings() };
}

/** Every element of a rendered tree whose type is `type` (a component's name in the map, or a tag), in order. */
export function findAll(node: unknown, type: string): JsxNode[] {
  if (Array.isArray(node)) return node.flatMap((child) => findAll(child, type));
  if (node === null || typeof node !== 'object' || !('props' in node)) return [];
  const element = node as JsxNode;
  return [...(element.type === type ? [element] : []), ...findAll(element.props.children, type)];
}
