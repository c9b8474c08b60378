"""The HTML front end: parse as a browser does, choose the story container, read the
page's metadata, and hand the engine the same blocks as the text front end."""
