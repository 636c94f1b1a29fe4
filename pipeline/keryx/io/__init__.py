"""keryx.io"""
