import { useMemo, useState } from 'react';
import { ApiError } from '../api/client';
import type { SettingsView } from '@pipewright/shared';
import { SaveStatus } from './SaveStatus';
import { ImageMapRowEditor } from './ImageMapRowEditor';
import { ruleKindOrder, ruleKinds } from './rule-kinds';
import { useSaveSettings } from './useSaveSettings';
import {
  type ImageMapRow,
  emptyRow,
  moveRow,
  problemsByRow,
  rowsFromRules,
  rulesFromRows,
} from './image-map-rows';

/** The image map: an ordered list of rules saying how each ImageUri runs on this machine. */
export function ImageMapSection({ settings }: { settings: SettingsView }) {
  const saveMutation = useSaveSettings();
  const saved = useMemo(() => rowsFromRules(settings.imageMap), [settings.imageMap]);
  // Undefined while untouched: the table shows the rules the server runs with.
  const [draft, setDraft] = useState<ImageMapRow[]>();
  // The row just added gets the focus, so the person can type its pattern at once.
  const [addedId, setAddedId] = useState<string>();
  const rows = draft ?? saved;
  const problems = useMemo(
    () =>
      saveMutation.error instanceof ApiError
        ? problemsByRow(saveMutation.error.problems)
        : new Map(),
    [saveMutation.error],
  );
  /** A move, an addition or a removal renumbers the rows the server's problems point to. */
  const edit = (next: ImageMapRow[], renumbers = false) => {
    setDraft(next);
    if (saveMutation.isSuccess || renumbers) saveMutation.reset();
  };

  return (
    <section className="settings__section" aria-labelledby="settings-image-map">
      <h3 id="settings-image-map">Image map</h3>
      <p className="settings__note">
        An ImageUri cannot be pulled here, so these rules say how an image runs. The first rule
        whose pattern fits wins: an exact image URI first, then a regular expression tested against
        the URI. An image no rule fits runs the step’s entrypoint on the host. Words with spaces go
        in quotes.
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          saveMutation.mutate(
            { imageMap: rulesFromRows(rows) },
            { onSuccess: () => setDraft(undefined) },
          );
        }}
      >
        {rows.length === 0 ? (
          <p className="settings__empty">No rules: every image runs on the host as it is.</p>
        ) : (
          <table className="image-map">
            <caption className="visually-hidden">Image map rules, tried in order</caption>
            <colgroup>
              <col className="image-map__col-number" />
              <col className="image-map__col-match" />
              <col className="image-map__col-kind" />
              <col />
              <col className="image-map__col-actions" />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Image pattern</th>
                <th scope="col">How it runs</th>
                <th scope="col">Command or program</th>
                <th scope="col">
                  <span className="visually-hidden">Order and removal</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <ImageMapRowEditor
                  key={row.id}
                  row={row}
                  index={index}
                  count={rows.length}
                  focusOnMount={row.id === addedId}
                  problems={problems.get(index) ?? []}
                  onChange={(changed) =>
                    edit(rows.map((each) => (each.id === changed.id ? changed : each)))
                  }
                  onMove={(by) => edit(moveRow(rows, index, by), true)}
                  onRemove={() =>
                    edit(
                      rows.filter((each) => each.id !== row.id),
                      true,
                    )
                  }
                />
              ))}
            </tbody>
          </table>
        )}
        <details className="image-map__kinds">
          <summary>What each way of running does</summary>
          <dl>
            {ruleKindOrder.map((kind) => (
              <div key={kind}>
                <dt>{ruleKinds[kind].label}</dt>
                <dd>{ruleKinds[kind].help}</dd>
              </div>
            ))}
          </dl>
        </details>
        <div className="settings__actions">
          <button
            type="button"
            className="button"
            onClick={() => {
              const added = emptyRow();
              setAddedId(added.id);
              edit([...rows, added]);
            }}
          >
            Add rule
          </button>
          <button
            type="submit"
            className="button button--primary"
            disabled={saveMutation.isPending}
          >
            Save image map
          </button>
          {draft !== undefined && (
            <button
              type="button"
              className="button"
              onClick={() => {
                setDraft(undefined);
                saveMutation.reset();
              }}
            >
              Discard changes
            </button>
          )}
          <SaveStatus
            state={saveMutation.status}
            saved={`Saved: ${settings.imageMap.length} rule${settings.imageMap.length === 1 ? '' : 's'}, used by the next steps.`}
            failed={
              problems.size > 0
                ? 'some rules have problems, shown under them.'
                : saveMutation.error?.message
            }
          />
        </div>
      </form>
    </section>
  );
}
