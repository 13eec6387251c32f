$ goals --vault examples/ux-designer --today 2026-11-22 lint
? 1
--- stdout
Daily/2026-11-19.md:11:32: warning: [[Case study]] matches 2 notes: Archive/Case study.md, Portfolio/Case study.md; using Archive/Case study.md [ambiguous-link]
 11 | Sofia asked for the link to my [[Case study]] before she forwards it to her
    |                                ^~~~~~~~~~~~~~
  help: Write the folder in the link: [[Archive/Case study]] or [[Portfolio/Case study]].

1 warning in 1 note
