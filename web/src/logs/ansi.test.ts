import { describe, expect, it } from 'vitest';
import { ansiSegments, plainLine } from './ansi';

const ESC = '\u001b';

describe('ansiSegments', () => {
  it('turns SGR colours and bold into classed segments', () => {
    expect(ansiSegments(`ok ${ESC}[1;31mFAILED${ESC}[0m done`)).toEqual([
      { text: 'ok ' },
      { text: 'FAILED', className: 'log-fg-red log-bold' },
      { text: ' done' },
    ]);
  });

  it('maps bright colours, backgrounds and the first 16 palette colours to classes', () => {
    expect(ansiSegments(`${ESC}[92;44mgo${ESC}[0m${ESC}[38;5;3mwarn`)).toEqual([
      { text: 'go', className: 'log-fg-bright-green log-bg-blue' },
      { text: 'warn', className: 'log-fg-yellow' },
    ]);
  });

  it('gives 256-palette and true colours as a colour value', () => {
    expect(ansiSegments(`${ESC}[38;5;196ma${ESC}[38;2;1;2;3mb`)).toEqual([
      { text: 'a', color: 'rgb(255, 0, 0)' },
      { text: 'b', color: 'rgb(1, 2, 3)' },
    ]);
  });

  it('strips cursor moves, erase codes, titles and other controls', () => {
    const line = `${ESC}]0;my title\u0007${ESC}[2K${ESC}[1Gstep ${ESC}[?25l1${ESC}(B\u0008`;
    expect(ansiSegments(line)).toEqual([{ text: 'step 1' }]);
  });

  it('shows only what follows the last carriage return, like a terminal', () => {
    expect(plainLine('10%\r50%\r100% done\r')).toBe('100% done');
  });

  it('leaves text without escapes as one segment', () => {
    expect(ansiSegments('plain <b>not html</b>')).toEqual([{ text: 'plain <b>not html</b>' }]);
  });
});

describe('plainLine', () => {
  it('drops colour codes so search sees the words', () => {
    expect(plainLine(`${ESC}[32mepoch${ESC}[0m 3`)).toBe('epoch 3');
  });
});
