// Test stub for office-addin-manifest: office-addin-mock only needs its OfficeApp enum, and
// the real package pulls ESM-only modules that jest's CommonJS runtime cannot load.
/* global module */
'use strict';

const OfficeApp = Object.freeze({
  Excel: 'excel',
  OneNote: 'onenote',
  Outlook: 'outlook',
  PowerPoint: 'powerpoint',
  Project: 'project',
  Word: 'word',
});

module.exports = { OfficeApp };
