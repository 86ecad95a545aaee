/**
 * Issue #3: the first-run page opens once, when the extension is installed (not on updates or
 * browser restarts). Dependencies are injected so the rule is testable without a browser.
 */
export interface InstalledDetails {
  reason: string;
}

export interface FirstRunDeps {
  onInstalled: { addListener(listener: (details: InstalledDetails) => void): void };
  openTab(url: string): Promise<unknown>;
  welcomeUrl: string;
}

export function openWelcomeOnInstall(deps: FirstRunDeps): void {
  deps.onInstalled.addListener((details) => {
    if (details.reason !== 'install') return;
    void deps.openTab(deps.welcomeUrl).catch(() => undefined);
  });
}
