import type { Page } from '@playwright/test'

/** The signed-in frame: header controls and navigation. */
export class Shell {
  constructor(private readonly page: Page) {}

  get navigation() {
    return this.page.getByRole('navigation', { name: 'Main navigation' })
  }

  get main() {
    return this.page.getByRole('main')
  }

  colorSchemeToggle() {
    return this.page.getByRole('button', { name: /Switch to (dark|light) mode/ })
  }

  async openUserMenu() {
    // The label follows the language: "User menu for …" / "… 的使用者選單".
    await this.page.getByRole('button', { name: /User menu for|使用者選單/ }).click()
  }

  async signOut() {
    await this.openUserMenu()
    await this.page.getByRole('menuitem', { name: 'Sign out' }).click()
  }

  async chooseLanguage(label: 'English' | '繁體中文') {
    await this.openUserMenu()
    await this.page.getByRole('menuitem', { name: label }).click()
  }

  async colorScheme(): Promise<string | null> {
    return this.page.evaluate(() => document.documentElement.getAttribute('data-mantine-color-scheme'))
  }
}
