// The test pages use React (for Slate, Draft.js and a controlled textarea) without its type packages: this project
// is Preact, so @types/react is not installed. Treat these modules as untyped.
declare module 'react';
declare module 'react-dom/client';
declare module 'draft-js';
// Stylesheets imported for their side effect; Vite bundles them.
declare module '*.css';
