"""keryx.evaluation"""
