"""Learning a site's chrome from many of its pages, and writing it as a draft rule file."""
