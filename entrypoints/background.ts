export default defineBackground({
  type: 'module',
  main() {
    // Wired up in issue #3 (the extension); the classifier lives in utils/classifier/.
  },
});
