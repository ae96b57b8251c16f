/** A file picker for a design's JSON export, shown as a button; hands the chosen file over. */
export function ImportButton({ label, disabled = false, onImport }: { label: string; disabled?: boolean; onImport: (file: File) => void }) {
  return (
    <label className="file-button">
      {label}
      <input
        type="file"
        accept="application/json,.json"
        disabled={disabled}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) onImport(file);
          event.target.value = '';
        }}
      />
    </label>
  );
}
