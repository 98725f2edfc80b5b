/** The canvas's keyboard shortcuts, as the help overlay lists them. */
export const shortcutGroups: { title: string; shortcuts: { keys: string[]; action: string }[] }[] =
  [
    {
      title: 'Add and find',
      shortcuts: [
        { keys: ['A'], action: 'Quick-add a step at the pointer' },
        { keys: ['Double-click'], action: 'Quick-add a step at that point of the canvas' },
        { keys: ['Ctrl', 'F'], action: 'Find a step by name' },
        { keys: ['?'], action: 'Show these shortcuts' },
      ],
    },
    {
      title: 'Select and edit',
      shortcuts: [
        { keys: ['Shift', 'Click'], action: 'Add a step to the selection' },
        { keys: ['Shift', 'Drag'], action: 'Select with a box' },
        { keys: ['Ctrl', 'A'], action: 'Select everything' },
        { keys: ['Delete'], action: 'Delete the selection (also Backspace)' },
        { keys: ['Ctrl', 'C'], action: 'Copy the selected steps as JSON' },
        { keys: ['Ctrl', 'X'], action: 'Cut the selected steps' },
        { keys: ['Ctrl', 'V'], action: 'Paste steps, with new unique names' },
        { keys: ['Escape'], action: 'Clear the selection, close menus' },
      ],
    },
    {
      title: 'Keyboard only',
      shortcuts: [
        { keys: ['Tab'], action: 'Move the focus to the next step' },
        {
          keys: ['Arrow keys'],
          action: 'Move the focus to the nearest step that way (a selected step moves instead)',
        },
        { keys: ['Enter'], action: 'Select the focused step' },
        { keys: ['C'], action: 'Connect from the focused step: then pick the next step, Enter' },
        { keys: ['Escape'], action: 'Cancel connecting' },
      ],
    },
    {
      title: 'History and view',
      shortcuts: [
        { keys: ['Ctrl', 'Z'], action: 'Undo' },
        { keys: ['Ctrl', 'Shift', 'Z'], action: 'Redo (also Ctrl+Y)' },
        { keys: ['Shift', 'Alt', 'T'], action: 'Tidy the layout' },
        { keys: ['Space', 'Drag'], action: 'Pan the canvas (or drag the background)' },
        { keys: ['Ctrl', 'Scroll'], action: 'Zoom' },
      ],
    },
  ];
