"""keryx.events"""
