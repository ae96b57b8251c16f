/** A file picker shown as a button: the real file input (keyboard, screen readers) under its label. */
export function FilePicker({
  label,
  disabled = false,
  accept = 'application/json,.json',
  onFile,
}: {
  label: string;
  disabled?: boolean;
  accept?: string;
  onFile: (file: File) => void;
}) {
  return (
    <label className="button file-picker" data-disabled={disabled || undefined}>
      {label}
      <input
        type="file"
        accept={accept}
        disabled={disabled}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = ''; // choosing the same file again should import it again
          if (file) onFile(file);
        }}
      />
    </label>
  );
}
