"""`kommunegraf serve`: a local, read-only web app over the graph (Starlette, Jinja2 templates).

``app`` holds the routes and pages, ``graphdata`` the parameterised Cypher the pages ask,
``state`` the open store and search index (reopened together when a build publishes a new
generation); the templates and the static files (the app's own CSS and JavaScript, no CDN) ship
inside this package. The search index itself is written by the build: ``graphbuild.textindex``.
"""
