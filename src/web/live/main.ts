// The live page's script; see src/server/live-page.ts for the page it enhances.
document.documentElement.dataset.live = "ready";
