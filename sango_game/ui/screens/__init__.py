"""One module per screen; `base.Screen` holds focus, scrolling and input."""
