import { presetAnswers } from '../flow/design';
import type { Design, Preset } from '../flow/types';
import { architecture } from './architecture';
import type { Architecture, DiagramInput } from './model';

/** What a design's picture needs: its name, answers and labels (a preset has the same). */
export type DiagramSource = Pick<Design, 'name' | 'answers' | 'labels'>;

/** The title of a design's diagram. */
export function diagramTitle(design: DiagramSource): string {
  return `Architecture: ${design.name}`;
}

/** The architecture a saved design implies. */
export function designArchitecture(design: DiagramSource): Architecture {
  return architecture({ answers: design.answers, labels: design.labels }, diagramTitle(design));
}

/** What a preset (the worked example) draws: its answers and its names. */
export function presetDiagram(preset: Pick<Preset, 'answers' | 'labels'>): DiagramInput {
  return { answers: presetAnswers(preset), labels: preset.labels };
}
