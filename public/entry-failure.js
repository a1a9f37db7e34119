// src/app/main.tsx explains every start failure it can see; this covers the one it cannot: the entry module
// itself (or one of its static imports) failing to load — a page cached from before an update, a stopped dev
// server. A classic script file, not inline: the production server's CSP allows scripts from this origin only.
// (The build moves the entry <script> into <head> and drops unknown attributes, so any module script counts.)
addEventListener(
  'error',
  function (event) {
    var script = event.target
    if (!(script instanceof HTMLScriptElement) || script.type !== 'module') return
    var root = document.getElementById('root')
    var page = document.getElementById('entry-failure')
    if (!page) return
    if (root) root.hidden = true
    page.hidden = false
    page.querySelector('button').addEventListener('click', function () {
      location.reload()
    })
  },
  true,
)
