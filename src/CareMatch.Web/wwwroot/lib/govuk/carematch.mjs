// Starts every GOV.UK Frontend component on the page (the error summary's focus and links,
// radios, checkboxes, buttons…), each found by its data-module attribute. A module file, so
// browsers too old for GOV.UK Frontend's JavaScript skip it and get the plain HTML.
import { initAll } from './govuk-frontend.min.js?v=6.6.0'

initAll()
