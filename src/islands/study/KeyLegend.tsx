/** The keyboard shortcuts of the current mode, always visible. */
export function KeyLegend({ mode }: { mode: 'cards' | 'quiz' | 'all' }) {
  return (
    <div className="key-legend">
      <h3 className="key-legend-title">Keyboard</h3>
      <ul>
        {mode !== 'quiz' && (
          <>
            <li>
              <kbd>Space</kbd> show the answer
            </li>
            <li>
              <kbd>1</kbd>–<kbd>4</kbd> rate Again, Hard, Good, Easy
            </li>
          </>
        )}
        {mode !== 'cards' && (
          <>
            <li>
              <kbd>↑</kbd> <kbd>↓</kbd> choose an option, or move the focused item when ordering
            </li>
            <li>
              <kbd>Enter</kbd> on an option: check the answer, then go on
            </li>
          </>
        )}
        <li>
          <kbd>Tab</kbd> move between controls
        </li>
      </ul>
    </div>
  );
}
