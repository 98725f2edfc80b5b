import { type Locator, type Page, expect, test } from '@playwright/test';
import { createPipeline } from '../support/api';
import { logIn } from '../support/login';
import { pipeline, pythonStep } from '../support/pipelines';

// Room for the palette, the canvas and the inspector side by side.
test.use({ viewport: { width: 1440, height: 900 } });

function canvas(page: Page) {
  return page.getByRole('region', { name: 'Pipeline canvas' });
}

function stepNode(page: Page, name: string | RegExp) {
  return canvas(page).getByRole('group', { name });
}

/** Drags a step type from the palette and drops it at a point of the canvas (from its corner). */
async function dropStep(page: Page, label: string, at: { x: number; y: number }) {
  await page
    .getByRole('button', { name: `Add ${label} step` })
    .dragTo(canvas(page), { targetPosition: at });
}

/** Drags from one handle to another, as a person connects two steps. */
async function connect(page: Page, from: string, to: string) {
  await canvas(page)
    .getByLabel(from, { exact: true })
    .dragTo(canvas(page).getByLabel(to, { exact: true }));
}

async function left(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('The element is not on screen.');
  return box.x;
}

test.describe('designer canvas', () => {
  test.beforeEach(async ({ page }) => {
    await logIn(page);
    await page.goto('/new');
    await expect(canvas(page)).toBeVisible();
  });

  test('builds a four-step pipeline by drag and drop, connects, deletes, undoes and tidies', async ({
    page,
  }) => {
    // Dropped right to left, so the tidy at the end has something to put in order.
    await dropStep(page, 'Processing', { x: 620, y: 120 });
    await dropStep(page, 'Training', { x: 360, y: 220 });
    await dropStep(page, 'Condition', { x: 620, y: 340 });
    await dropStep(page, 'Register model', { x: 180, y: 420 });

    const process = stepNode(page, 'Processing step Process');
    const train = stepNode(page, 'Training step Train');
    const condition = stepNode(page, /^Condition step Condition/);
    const register = stepNode(page, /^Register model step RegisterModel/);
    for (const node of [process, train, condition, register]) await expect(node).toBeVisible();

    await connect(page, 'Output of Process', 'Input of Train');
    await expect(
      canvas(page).getByRole('group', { name: 'Train runs after Process' }),
    ).toBeVisible();
    await connect(page, 'Output of Train', 'Input of Condition');
    await expect(
      canvas(page).getByRole('group', { name: 'Condition runs after Train' }),
    ).toBeVisible();
    await connect(page, 'True branch of Condition', 'Input of RegisterModel');
    await expect(
      canvas(page).getByRole('group', { name: 'RegisterModel runs when Condition is true' }),
    ).toBeVisible();

    // Process → Train → Condition already: Condition before Process would close a loop.
    await connect(page, 'Output of Train', 'Input of Process');
    await expect(canvas(page).getByRole('alert')).toContainText(
      '"Train" already runs after "Process", so this connection would make a cycle.',
    );
    await expect(canvas(page).getByRole('group', { name: 'Process runs after Train' })).toHaveCount(
      0,
    );

    await register.click();
    await page.keyboard.press('Delete');
    await expect(register).toHaveCount(0);
    await expect(stepNode(page, /step/)).toHaveCount(3);

    await page.keyboard.press('Control+z');
    await expect(register).toBeVisible();
    await expect(
      canvas(page).getByRole('group', { name: 'RegisterModel runs when Condition is true' }),
    ).toBeVisible();
    await page.keyboard.press('Control+Shift+z');
    await expect(register).toHaveCount(0);
    await page.keyboard.press('Control+z');
    await expect(register).toBeVisible();

    await page.getByRole('button', { name: 'Tidy layout' }).click();
    await expect.poll(async () => (await left(process)) < (await left(train))).toBe(true);
    await expect.poll(async () => (await left(train)) < (await left(condition))).toBe(true);
    await expect.poll(async () => (await left(condition)) < (await left(register))).toBe(true);
  });

  test('adds, finds and annotates steps from the keyboard', async ({ page }) => {
    const search = page.getByRole('searchbox', { name: 'Search step types' });
    await search.fill('fail');
    await search.press('Enter');
    await expect(stepNode(page, 'Fail step Fail')).toBeVisible();

    // Leave the search box (letters typed there are text), then A opens the menu at the pointer.
    await canvas(page).click({ position: { x: 300, y: 300 } });
    await page.keyboard.press('a');
    const quickAdd = page.getByRole('dialog', { name: 'Quick add step' });
    await expect(quickAdd).toBeVisible();
    await quickAdd.getByRole('combobox', { name: 'Step type to add' }).fill('train');
    await page.keyboard.press('Enter');
    await expect(quickAdd).toHaveCount(0);
    await expect(stepNode(page, 'Training step Train')).toBeVisible();

    await page.keyboard.press('Control+f');
    const find = page.getByRole('combobox', { name: 'Find step' });
    await expect(find).toBeFocused();
    await find.fill('fai');
    await expect(page.getByRole('option', { name: /Fail/ })).toBeVisible();
    await find.press('Enter');
    await expect(stepNode(page, 'Fail step Fail')).toHaveClass(/selected/);
    await expect(stepNode(page, 'Training step Train')).not.toHaveClass(/selected/);

    await page.getByRole('button', { name: 'Add note' }).click();
    const note = canvas(page).getByRole('textbox', { name: 'Note text' });
    await expect(note).toBeFocused();
    await note.fill('Stops the run when the data is bad.');
    await canvas(page).click({ position: { x: 40, y: 500 } });
    await expect(note).toHaveValue('Stops the run when the data is bad.');
    await page.keyboard.press('Control+z');
    await expect(note).toHaveValue('');

    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(help).toBeVisible();
    await expect(help.getByText('Quick-add a step at the pointer')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();
  });

  test('copies steps as JSON and pastes them with new names, also into another tab', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await dropStep(page, 'Processing', { x: 200, y: 200 });
    await dropStep(page, 'Training', { x: 500, y: 200 });
    await connect(page, 'Output of Process', 'Input of Train');

    await stepNode(page, 'Processing step Process').click();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Control+c');
    await page.keyboard.press('Control+v');
    await expect(stepNode(page, 'Processing step Process2')).toBeVisible();
    await expect(stepNode(page, 'Training step Train2')).toBeVisible();
    await expect(
      canvas(page).getByRole('group', { name: 'Train2 runs after Process2' }),
    ).toBeVisible();

    // The other tab may open with this tab's draft; whatever it holds, the paste adds a pair.
    const other = await context.newPage();
    await other.goto('/new');
    await expect(canvas(other)).toBeVisible();
    const steps = stepNode(other, /^(Processing|Training) step /);
    const dependencies = canvas(other).getByRole('group', {
      name: /^Train\d* runs after Process\d*$/,
    });
    const stepsBefore = await steps.count();
    const dependenciesBefore = await dependencies.count();
    await canvas(other).click({ position: { x: 300, y: 300 } });
    await other.keyboard.press('Control+v');
    await expect(steps).toHaveCount(stepsBefore + 2);
    await expect(dependencies).toHaveCount(dependenciesBefore + 1);
  });

  test('tidies as one edit that undo takes back', async ({ page }) => {
    await dropStep(page, 'Training', { x: 200, y: 300 });
    await dropStep(page, 'Processing', { x: 600, y: 120 });
    await connect(page, 'Output of Process', 'Input of Train');
    const process = stepNode(page, 'Processing step Process');
    const train = stepNode(page, 'Training step Train');
    expect(await left(process)).toBeGreaterThan(await left(train));

    await page.getByRole('button', { name: 'Tidy layout' }).click();
    await expect.poll(async () => (await left(process)) < (await left(train))).toBe(true);

    await page.keyboard.press('Control+z');
    await page.getByRole('button', { name: 'Zoom to fit' }).click();
    await expect.poll(async () => (await left(process)) > (await left(train))).toBe(true);
    await expect(
      canvas(page).getByRole('group', { name: 'Train runs after Process' }),
    ).toBeVisible();
  });
});

test.describe('opening a saved pipeline', () => {
  test('draws every step at the size the canvas reserves for it, so none is re-measured', async ({
    page,
  }) => {
    await logIn(page);
    const steps = ['Prepare', 'Train', 'Check'].map((name) => ({
      Name: name,
      Type: 'Fail',
      Arguments: { ErrorMessage: name },
    }));
    const positions = { Prepare: { x: 0, y: 0 }, Train: { x: 340, y: 0 }, Check: { x: 680, y: 0 } };
    await createPipeline(page.request, 'sized-steps', pipeline(steps, { positions }), {
      mayExist: true,
    });
    await page.goto('/pipelines/sized-steps');
    const nodes = canvas(page).locator('.react-flow__node-step');
    await expect(nodes).toHaveCount(3);
    // The canvas fits the view before React Flow has measured a node, from this size
    // (STEP_NODE_SIZE in canvas-model.ts): a step drawn at another size is measured again,
    // and a large pipeline pays for it in a second pass over every node.
    const sizes = await nodes.evaluateAll((elements) =>
      elements.map((element) => {
        const node = element as HTMLElement;
        return `${node.offsetWidth}x${node.offsetHeight}`;
      }),
    );
    expect(sizes).toEqual(['264x60', '264x60', '264x60']);
    // Zoomed out far enough, a step is a plain box: the same size.
    for (let click = 0; click < 6; click++) {
      await page.getByRole('button', { name: 'Zoom out' }).click();
    }
    await expect(canvas(page).locator('.pw-step[data-compact]')).toHaveCount(3);
    expect(
      await nodes.evaluateAll((elements) =>
        elements.map((element) => (element as HTMLElement).offsetHeight),
      ),
    ).toEqual([60, 60, 60]);
  });

  test('tidies a large pipeline in slices, every step placed, as one edit', async ({ page }) => {
    await logIn(page);
    // A chain of sixty steps drawn right to left: the layout turns it around, and Tidy moves
    // the nodes on screen a slice at a time before the one document edit.
    const names = Array.from({ length: 60 }, (_, index) => `Step${index}`);
    const steps = names.map((name, index) =>
      pythonStep(name, 'pass', index > 0 ? { dependsOn: [names[index - 1]!] } : {}),
    );
    const positions = Object.fromEntries(
      names.map((name, index) => [name, { x: (59 - index) * 300, y: 0 }]),
    );
    await createPipeline(page.request, 'tidy-sixty', pipeline(steps, { positions }), {
      mayExist: true,
    });
    await page.goto('/pipelines/tidy-sixty');
    const nodes = canvas(page).locator('.react-flow__node-step');
    await expect(nodes).toHaveCount(60);
    /** The step names from left to right, as drawn. */
    const leftToRight = () =>
      nodes.evaluateAll((elements) =>
        elements
          .map((element) => ({
            name: (element as HTMLElement).dataset.id ?? '',
            x: new DOMMatrix(getComputedStyle(element).transform).m41,
          }))
          .sort((a, b) => a.x - b.x)
          .map((node) => node.name),
      );
    expect(await leftToRight()).toEqual([...names].reverse());

    await page.getByRole('button', { name: 'Tidy layout' }).click();
    await expect.poll(leftToRight).toEqual(names);
    await expect(page.getByRole('button', { name: 'Tidy layout' })).toBeEnabled();
    await expect(page.getByText('Unsaved changes')).toBeVisible();

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(leftToRight).toEqual([...names].reverse());
  });
});
