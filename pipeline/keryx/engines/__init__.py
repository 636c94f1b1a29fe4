"""keryx.engines"""
