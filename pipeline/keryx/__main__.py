from keryx.cli import app

app(prog_name="keryx")
