import { uniqueName } from '../../lib/documents/names';
import type { FlowAction, FlowDoc } from '../../lib/flow/design';
import type { Design } from '../../lib/flow/types';
import { newId } from '../browser';
import { dismiss, type Notice } from '../shared/Notices';
import type { Report } from '../shared/useNotices';
import { useShareOffer } from '../shared/useShareOffer';
import type { FlowStepInfo } from './types';

// The importer loads only when a file or a share link is opened.
const loadImporter = () => import('../../lib/flow/codec');

/**
 * Designs coming in: a design export picked as a file, and the design a share link carries (offered,
 * never applied on its own). Each is added as a new design; `focusBar` brings focus back to the design
 * bar when the button that did it is gone.
 */
export function useDesignImport(
  steps: readonly FlowStepInfo[],
  doc: FlowDoc,
  dispatch: (action: FlowAction) => void,
  ready: boolean,
  report: Report<'bar'>,
  focusBar: () => void,
) {
  const refuse = (why: string) => report('bar', 'error', `This share link cannot be opened: ${why}.`);
  const readLink = (hash: string) =>
    loadImporter().then(({ parseDesignLink }) => {
      const result = parseDesignLink(hash, steps);
      return result && (result.ok ? { ok: true as const, value: result.design } : result);
    });
  const { offer, closeOffer } = useShareOffer<Design>(ready, 'design', readLink, refuse);

  const importDesign = (imported: Design, suffix: string) => {
    const name = uniqueName(
      doc.items.map((d) => d.name),
      imported.name,
      suffix,
    );
    dispatch({ type: 'import', item: imported, newId: newId(), suffix });
    report('bar', 'info', `Imported “${name}” as a new design.`);
    focusBar();
  };

  /** Imports a design export as a new design. */
  const importFile = async (file: File) => {
    const refuseFile = (why: string) =>
      report('bar', 'error', `“${file.name}” was not imported: ${why}. Nothing was changed.`);
    let importer: Awaited<ReturnType<typeof loadImporter>>;
    try {
      importer = await loadImporter();
    } catch {
      return refuseFile('the importer could not be loaded (are you offline?). Try again in a moment');
    }
    const parsed = await importer.readDesignFile(file, steps);
    if (!parsed.ok) return refuseFile(parsed.error);
    importDesign(parsed.design, ' (imported)');
  };

  let offerNotice: Notice | undefined;
  if (offer) {
    const close = () => (closeOffer(), focusBar());
    offerNotice = {
      key: 'offer',
      tone: 'offer',
      text: `This link carries the design “${offer.name}”. Importing it adds a new design; yours stay as they are.`,
      actions: [
        { label: 'Import it as a new design', primary: true, run: () => (close(), importDesign(offer, ' (shared)')) },
        dismiss(close, 'the shared design'),
      ],
    };
  }
  return { importFile, offerNotice };
}
