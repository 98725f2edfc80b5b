import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import './ui.css';

export interface MenuItem {
  label: string;
  /** A second line saying what the item gives. */
  description?: string;
  disabled?: boolean;
  onSelect: () => void;
}

/**
 * A button that opens a menu (the WAI-ARIA menu button pattern): arrow keys move between items,
 * Escape closes and gives focus back to the button.
 */
export function MenuButton({ label, items }: { label: string; items: MenuItem[] }) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);

  const itemElements = () =>
    Array.from(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);

  useEffect(() => {
    if (!open) return;
    itemElements()[0]?.focus();
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) {
        setOpen(false);
      }
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const elements = itemElements();
    const index = elements.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => elements[(to + elements.length) % elements.length]?.focus();
    if (event.key === 'ArrowDown') move(index + 1);
    else if (event.key === 'ArrowUp') move(index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(elements.length - 1);
    else if (event.key === 'Escape' || event.key === 'Tab') close();
    else return;
    event.preventDefault();
  };

  return (
    <div className="menu">
      <button
        ref={buttonRef}
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((was) => !was)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label={label}
          className="menu__list"
          onKeyDown={onKeyDown}
        >
          {items.map((item, index) => (
            <li
              key={item.label}
              role="menuitem"
              aria-labelledby={`${menuId}-${index}`}
              aria-describedby={item.description ? `${menuId}-${index}-about` : undefined}
              tabIndex={-1}
              aria-disabled={item.disabled || undefined}
              className="menu__item"
              onClick={() => {
                if (item.disabled) return;
                close();
                item.onSelect();
              }}
              onKeyDown={(event) => {
                if ((event.key === 'Enter' || event.key === ' ') && !item.disabled) {
                  event.preventDefault();
                  close();
                  item.onSelect();
                }
              }}
            >
              <span id={`${menuId}-${index}`} className="menu__label">
                {item.label}
              </span>
              {item.description && (
                <span id={`${menuId}-${index}-about`} className="menu__description">
                  {item.description}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
