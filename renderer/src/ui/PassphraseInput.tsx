import { forwardRef, useEffect, useImperativeHandle, useRef, useState, type InputHTMLAttributes } from 'react';
import { Toggle } from 'radix-ui';
import { EyeIcon, EyeOffIcon } from './Icons';
import { Tooltip } from './Tooltip';

type PassphraseInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> & {
  autoComplete: 'current-password' | 'new-password' | 'off';
};

/**
 * A passphrase field with a show/hide toggle (Radix Toggle, so it is a proper pressed/unpressed
 * button). Radix's own PasswordToggleField is still unstable and gives its button the input's id,
 * which breaks <label for>, so the field is composed here. The passphrase is hidden again whenever
 * its form is submitted, so it is never left on screen.
 */
export const PassphraseInput = forwardRef<HTMLInputElement, PassphraseInputProps>(function PassphraseInput(
  { className, id, ...rest },
  ref,
) {
  const [visible, setVisible] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  useImperativeHandle(ref, () => inputRef.current as HTMLInputElement);

  useEffect(() => {
    const form = inputRef.current?.form;
    if (!form) return;
    const hide = () => setVisible(false);
    form.addEventListener('submit', hide);
    return () => form.removeEventListener('submit', hide);
  }, []);

  return (
    <div className="passphrase-input">
      <input
        ref={inputRef}
        id={id}
        type={visible ? 'text' : 'password'}
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        className={['input', 'passphrase-input__control', className ?? ''].join(' ').trim()}
        {...rest}
      />
      <Tooltip content={visible ? 'Hide passphrase' : 'Show passphrase'}>
        <Toggle.Root
          className="passphrase-input__toggle"
          pressed={visible}
          onPressedChange={setVisible}
          aria-label="Show passphrase"
          aria-controls={id}
        >
          {visible ? <EyeOffIcon size={18} /> : <EyeIcon size={18} />}
        </Toggle.Root>
      </Tooltip>
    </div>
  );
});
