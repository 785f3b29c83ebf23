import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

// A static page: every asset is bundled, nothing is fetched from another host at run time.
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  logLevel: "warn",
  build: {
    outDir: fileURLToPath(new URL("./dist", import.meta.url)),
    emptyOutDir: true,
    target: "es2022",
    chunkSizeWarningLimit: 2000,
    reportCompressedSize: false,
  },
});
