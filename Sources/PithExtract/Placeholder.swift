import PithHTML
