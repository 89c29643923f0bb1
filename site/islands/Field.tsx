import { useId, type InputHTMLAttributes, type ReactNode } from 'react'

type FieldProps = InputHTMLAttributes<HTMLInputElement> & { label: string; hint?: string; invalid?: boolean }

/** A labelled input with an optional hint, wired for assistive technology. */
export const Field = ({ label, hint, invalid, ...input }: FieldProps) => {
  const id = useId()
  return (
    <p className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        aria-describedby={hint ? `${id}-hint` : undefined}
        aria-invalid={invalid || undefined}
        {...input}
      />
      {hint && <small id={`${id}-hint`}>{hint}</small>}
    </p>
  )
}

type Option = { value: string; label: string }

/** A labelled select; `placeholder` adds an empty first choice. */
export const SelectField = ({
  label,
  name,
  value,
  options,
  placeholder,
  onChange,
  hint,
}: {
  label: string
  name: string
  value: string
  options: Option[]
  placeholder?: string
  onChange: (value: string) => void
  hint?: ReactNode
}) => {
  const id = useId()
  return (
    <p className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={name}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={hint ? `${id}-hint` : undefined}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {hint && <small id={`${id}-hint`}>{hint}</small>}
    </p>
  )
}
