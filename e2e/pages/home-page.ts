import { expect, type Locator, type Page } from '@playwright/test';

type UploadFile = { name: string; mimeType: string; buffer: Buffer };

/** The upload page: drop zone, file picker, paste box, sample button and the results list. */
export class HomePage {
  readonly dropzone: Locator;
  readonly results: Locator;
  readonly rows: Locator;

  constructor(private readonly page: Page) {
    this.dropzone = page.getByTestId('dropzone');
    this.results = page.getByTestId('upload-results');
    this.rows = page.getByTestId('upload-row');
  }

  async goto() {
    await this.page.goto('/');
    await expect(this.page.getByRole('heading', { name: 'Read a press release in seconds' })).toBeVisible();
  }

  /** A real drag-and-drop: dragenter, dragover and drop events carrying a DataTransfer with the file. */
  async dropFile(name: string, text: string) {
    const dataTransfer = await this.page.evaluateHandle(
      ({ name, text }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], name, { type: 'text/plain' }));
        return transfer;
      },
      { name, text },
    );
    for (const type of ['dragenter', 'dragover', 'drop']) {
      await this.dropzone.dispatchEvent(type, { dataTransfer });
    }
  }

  async chooseFiles(files: UploadFile[]) {
    await this.page.getByLabel('Choose files').setInputFiles(files);
  }

  row(fileName: string): Locator {
    return this.rows.filter({ hasText: fileName });
  }

  async paste(text: string) {
    await this.page.getByLabel('Or paste the text of a release').fill(text);
    await this.page.getByRole('button', { name: 'Read pasted text' }).click();
  }
}
