$ goals --vault examples/ux-designer --today 2026-11-22 lint
? 1
--- stdout
Daily/2026-11-19.md:11:32: warning: [[Case study]] matches 2 notes equally: Past work/Case study.md, Portfolio/Case study.md; Obsidian opens whichever it read first from disk, goals uses Past work/Case study.md (the first by path) [ambiguous-link]
 11 | Sofia asked for the link to my [[Case study]] before she forwards it to her
    |                                ^~~~~~~~~~~~~~
  help: Write the folder in the link: [[Past work/Case study]] or [[Portfolio/Case study]].

1 warning in 1 note
