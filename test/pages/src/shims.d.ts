// The test pages use React (for Slate, Draft.js and a controlled textarea) without its type packages: this project
// is Preact, so @types/react is not installed. Treat these modules as untyped.
declare module 'react';
declare module 'react-dom/client';
declare module 'draft-js';
// Summernote's UMD build and the jQuery it plugs into: untyped here (no @types packages for test pages).
declare module 'jquery';
declare module 'summernote/dist/summernote-lite.js';
// Stylesheets imported for their side effect; Vite bundles them.
declare module '*.css';
